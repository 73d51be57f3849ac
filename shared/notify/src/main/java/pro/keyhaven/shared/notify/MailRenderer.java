package pro.keyhaven.shared.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Turns a notification into a plain-text and a simple HTML mail: the title, the body (which names
 * the key and says what to do), the action link if any, and where to change the e-mail settings.
 * Everything from the notification is HTML-escaped.
 */
@ApplicationScoped
public class MailRenderer {

  private final NotifyConfig config;

  public MailRenderer(NotifyConfig config) {
    this.config = config;
  }

  public OutgoingMail render(UUID id, String to, String title, String body, String actionUrl) {
    String dashboard = config.email().dashboardUrl().replaceAll("/+$", "");
    String settings = dashboard + "/settings";
    StringBuilder text = new StringBuilder();
    text.append(title).append("\n\n").append(body).append("\n\n");
    if (actionUrl != null) {
      text.append("Open this link: ").append(actionUrl).append("\n\n");
    } else {
      text.append("Open KeyHaven: ").append(dashboard).append("\n\n");
    }
    text.append("--\nKeyHaven. Choose which mails you get: ").append(settings).append('\n');

    StringBuilder html = new StringBuilder();
    html.append("<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.5\">")
        .append("<h2>")
        .append(escape(title))
        .append("</h2>");
    for (String paragraph : body.split("\n\\s*\n")) {
      html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
    }
    String link = actionUrl != null ? actionUrl : dashboard;
    html.append("<p><a href=\"")
        .append(escape(link))
        .append("\">")
        .append(actionUrl != null ? "Open this link" : "Open KeyHaven")
        .append("</a></p>")
        .append("<hr><p style=\"color:#666;font-size:12px\">KeyHaven. <a href=\"")
        .append(escape(settings))
        .append("\">Choose which mails you get</a>.</p></body></html>");
    return new OutgoingMail(id, to, "KeyHaven: " + title, text.toString(), html.toString());
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

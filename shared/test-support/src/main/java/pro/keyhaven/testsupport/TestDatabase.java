package pro.keyhaven.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pro.keyhaven.embedded.Postgres;

/** Plain JDBC access to the test run's database, for assertions on what is really stored. */
public record TestDatabase(Postgres server, String name) {

  public Connection connect() throws SQLException {
    return server.connect(name);
  }

  /** A connection as the functions' own role ({@code keyhaven_app}), as a function would have. */
  public Connection connectAsApplication() throws SQLException {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("user", pro.keyhaven.schema.Migrations.APP_ROLE);
    if (server.password() != null && !server.password().isEmpty()) {
      props.setProperty("password", server.password());
    }
    return java.sql.DriverManager.getConnection(server.jdbcUrl(name), props);
  }

  /** Runs a query and answers its rows as column-to-value maps. */
  public List<Map<String, Object>> query(String sql, Object... params) {
    try (Connection c = connect();
        var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            row.put(md.getColumnName(i), rs.getObject(i));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs statements as the superuser with triggers off, the way an attacker with DB access would.
   */
  public int tamper(String sql, Object... params) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (var off = c.createStatement()) {
        off.execute("SET LOCAL session_replication_role = replica");
      }
      int n;
      try (var ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        n = ps.executeUpdate();
      }
      c.commit();
      return n;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public int execute(String sql, Object... params) {
    try (Connection c = connect();
        var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every text value of every user table, for "no plaintext is stored anywhere" checks. */
  public String dumpAllTables() {
    StringBuilder out = new StringBuilder();
    for (Map<String, Object> t :
        query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
      String table = (String) t.get("tablename");
      for (Map<String, Object> row : query("SELECT * FROM \"" + table + "\"")) {
        out.append(table).append(": ");
        row.forEach(
            (k, v) -> {
              Object shown =
                  v instanceof byte[] b
                      ? new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)
                      : v;
              out.append(k).append('=').append(shown).append(' ');
            });
        out.append('\n');
      }
    }
    return out.toString();
  }
}

/** The server's crypto facade over Tink. */
package pro.keyhaven.shared.crypto;

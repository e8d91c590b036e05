package dev.quire.account;

/** A token was not issued; the message says why, written for the account's owner. */
public class TokenRefusedException extends RuntimeException {

  TokenRefusedException(String message) {
    super(message);
  }
}

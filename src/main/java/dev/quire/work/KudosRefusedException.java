package dev.quire.work;

/** Kudos that AO3's rules refuse (on one's own work), with the sentence a reader is shown. */
public class KudosRefusedException extends RuntimeException {

  public KudosRefusedException(String message) {
    super(message);
  }
}

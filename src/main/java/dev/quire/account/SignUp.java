package dev.quire.account;

/**
 * What a person types to open an account. Any field may be null (a form sent without it).
 *
 * @param login the user name
 * @param email the email address the confirmation goes to
 * @param password the password
 * @param passwordConfirmation the password again
 */
public record SignUp(String login, String email, String password, String passwordConfirmation) {

  /** An empty form, as the sign-up page first shows it. */
  public static SignUp blank() {
    return new SignUp("", "", "", "");
  }

  /** The form as it is shown again after a problem: never with the passwords in it. */
  public SignUp withoutPasswords() {
    return new SignUp(login, email, "", "");
  }
}

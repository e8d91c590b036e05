package dev.quire.account;

import java.util.Set;

/**
 * What a person asks for when an account is made: on the sign-up page, or by an admin with
 * {@code quire user add}. Nothing is checked here; {@link Registration#register} checks it all.
 *
 * @param userName the user name asked for, also the default pseud's name
 * @param email the address mail goes to
 * @param password the password in clear; it is hashed and never stored as given
 * @param roles roles beyond reading and posting, which every account may
 * @param confirmed whether the address counts as confirmed already (an admin vouches for it);
 *     otherwise it is confirmed by the mail sent to it
 */
public record NewAccount(String userName, String email, String password, Set<Role> roles, boolean confirmed) {

  public NewAccount {
    roles = Set.copyOf(roles);
  }
}

package dev.quire.account;

import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * There is no account by that user name among people's accounts (the archive's own accounts are
 * not found here). Pages answer 404; the command line prints the message.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFoundException extends NoSuchElementException {

  AccountNotFoundException(String userName) {
    super("there is no account " + userName);
  }
}

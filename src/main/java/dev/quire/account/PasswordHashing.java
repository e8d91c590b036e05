package dev.quire.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed, apart from the web's security so that the command line, which serves
 * no pages, makes accounts that log in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

  /** Argon2id with Spring Security's current parameters, computed by BouncyCastle. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }
}

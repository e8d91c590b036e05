package dev.quire.account.web;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * AO3's token dispenser: the CSRF token a client sends back as {@code authenticity_token} when it
 * logs in with {@code POST /users/login}, as FanFicFare and other AO3 clients do.
 */
@RestController
class TokenDispenserController {

  /** JSON whatever the client accepts: AO3 clients ask with a browser's Accept header. */
  @GetMapping("/token_dispenser.json")
  ResponseEntity<Map<String, String>> token(CsrfToken token) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Map.of("token", token.getToken()));
  }
}

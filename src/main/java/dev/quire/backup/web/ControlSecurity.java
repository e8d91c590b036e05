package dev.quire.backup.web;

import dev.quire.backup.ServingControl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The surface commands on the archive's own machine use ({@code /control/**}): no session, no CSRF
 * token (no browser sends the secret by itself), no account; a request is let in only when
 * {@link ServingControl} admits it, and refused with 403 otherwise, logged in or not.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ControlSecurity {

  @Bean
  @Order(-1)
  SecurityFilterChain control(HttpSecurity http, ServingControl control) throws Exception {
    http.securityMatcher("/control/**")
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .anonymous(anonymous -> anonymous.disable())
        .authorizeHttpRequests(requests -> requests.anyRequest()
            .access((authentication, context) -> new AuthorizationDecision(control.admits(context.getRequest()))))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN))
            .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value())));
    return http.build();
  }
}

package dev.quire.posting.web;

import dev.quire.account.AccessTokens;
import dev.quire.account.Account;
import dev.quire.account.Viewer;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A program using the API with one account's token, as a script with curl would: each call sends
 * {@code Authorization: Bearer TOKEN} (none for a guest), and bodies as JSON.
 */
record ApiClient(MockMvc mvc, String token) {

  static ApiClient of(MockMvc mvc, AccessTokens tokens, Account account) {
    return new ApiClient(mvc, tokens.issue(Viewer.of(account), "tests", true).token());
  }

  static ApiClient guest(MockMvc mvc) {
    return new ApiClient(mvc, null);
  }

  MockHttpServletResponse get(String path) throws Exception {
    return send(MockMvcRequestBuilders.get(path));
  }

  MockHttpServletResponse post(String path, String json) throws Exception {
    return send(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  MockHttpServletResponse patch(String path, String json) throws Exception {
    return send(MockMvcRequestBuilders.patch(path).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  MockHttpServletResponse delete(String path) throws Exception {
    return send(MockMvcRequestBuilders.delete(path));
  }

  MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return mvc.perform(request).andReturn().getResponse();
  }
}

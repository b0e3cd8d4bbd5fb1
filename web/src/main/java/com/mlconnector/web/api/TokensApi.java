package com.mlconnector.web.api;

import java.util.List;
import java.util.UUID;

import com.mlconnector.apitoken.ApiScope;
import com.mlconnector.apitoken.ApiTokenView;
import com.mlconnector.apitoken.ApiTokens;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's API tokens (needs scope tokens:manage). */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensApi {

	private final ApiTokens tokens;

	TokensApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record TokenRequest(String name, String scopes) {
	}

	/** The created token: {@code token} appears in this response only. */
	record CreatedTokenResponse(ApiTokenView metadata, String token) {
	}

	@GetMapping
	List<ApiTokenView> list() {
		return tokens.list();
	}

	@GetMapping("/{id:[0-9a-fA-F\\-]{36}}")
	ApiTokenView get(@PathVariable UUID id) {
		return tokens.find(id).orElseThrow(() -> new NotFoundException("Token " + id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CreatedTokenResponse create(@RequestBody TokenRequest request, Authentication authentication) {
		ApiTokens.CreatedToken created = tokens.create(request.name(), ApiScope.parse(request.scopes()), null,
				Actors.of(authentication));
		return new CreatedTokenResponse(created.view(), created.token());
	}

	@DeleteMapping("/{id:[0-9a-fA-F\\-]{36}}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id, Authentication authentication) {
		if (!tokens.revoke(id, Actors.of(authentication))) {
			throw new NotFoundException("Token " + id);
		}
	}

}

package com.mlconnector.sandbox.coupa.api;

import java.util.Map;

import com.mlconnector.sandbox.coupa.query.CoupaQuery;
import com.mlconnector.sandbox.coupa.store.CoupaInstance;
import com.mlconnector.sandbox.coupa.store.CoupaNotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/accounts}: the chart of accounts, one account per company / ledger account / cost
 * center (segments 1-3), lining up with the Workday side. Read-only here.
 */
@RestController("coupaSandboxAccountController")
@RequestMapping("${sandbox.coupa.path-prefix:/sandbox/coupa}/api/accounts")
class AccountController {

	private final CoupaInstance instance;

	AccountController(CoupaInstance instance) {
		this.instance = instance;
	}

	@GetMapping
	ResponseEntity<String> list(HttpServletRequest request) {
		CoupaQuery query = ApiSupport.query(request);
		return ApiSupport.list(request, query, "accounts", query.run(this.instance.accounts().stream()));
	}

	@GetMapping("/{id}")
	ResponseEntity<String> show(@PathVariable long id, HttpServletRequest request) {
		Map<String, Object> account = this.instance.accounts().get(id);
		if (account == null) {
			throw new CoupaNotFoundException("accounts/" + id);
		}
		return ApiSupport.one(request, HttpStatus.OK, "account", account);
	}

}

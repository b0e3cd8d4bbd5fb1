package com.mlconnector.sandbox.coupa.api;

import java.util.List;

import com.mlconnector.sandbox.coupa.doc.DocParseException;
import com.mlconnector.sandbox.coupa.query.CoupaQueryException;
import com.mlconnector.sandbox.coupa.store.CoupaNotFoundException;
import com.mlconnector.sandbox.coupa.store.CoupaValidationException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Error shapes of the Coupa API, scoped to this package so the host application's errors stay its own.
 * A missing record is 404 with {@code <errors><error>..</error></errors>} in XML and the JSON
 * {@code errors} object in JSON [INF: the notes document the XML form for empty searches only].
 */
@RestControllerAdvice(value = "coupaSandboxApiExceptionHandler", basePackageClasses = CoupaApiExceptionHandler.class)
class CoupaApiExceptionHandler {

	@ExceptionHandler(CoupaValidationException.class)
	ResponseEntity<String> validation(CoupaValidationException ex, HttpServletRequest request) {
		return ApiSupport.format(request).errors(HttpStatus.BAD_REQUEST, ex.object(), ex.messages());
	}

	@ExceptionHandler(CoupaNotFoundException.class)
	ResponseEntity<String> notFound(CoupaNotFoundException ex, HttpServletRequest request) {
		return ApiSupport.format(request).errors(HttpStatus.NOT_FOUND, "base",
				List.of("No results match your search criteria."));
	}

	@ExceptionHandler({ DocParseException.class, CoupaQueryException.class })
	ResponseEntity<String> badRequest(RuntimeException ex, HttpServletRequest request) {
		return ApiSupport.format(request).errors(HttpStatus.BAD_REQUEST, "base", List.of(ex.getMessage()));
	}

}

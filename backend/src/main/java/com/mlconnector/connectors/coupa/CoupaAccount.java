package com.mlconnector.connectors.coupa;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Coupa account ({@code /api/accounts}, also embedded in invoice and order lines): code such as
 * {@code C100-6100-CC1000} and its segments; the account type is the chart of accounts (usually the company).
 */
public record CoupaAccount(Long id, String name, String code, Boolean active, @JsonProperty("segment-1") String segment1,
		@JsonProperty("segment-2") String segment2, @JsonProperty("segment-3") String segment3,
		@JsonProperty("segment-4") String segment4, CoupaRef accountType, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

}

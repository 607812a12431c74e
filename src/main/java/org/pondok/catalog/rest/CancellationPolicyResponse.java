package org.pondok.catalog.rest;

import java.math.BigDecimal;

import org.pondok.catalog.CancellationPolicy;

record CancellationPolicyResponse(int freeCancellationDays, BigDecimal feePercent) {

	static CancellationPolicyResponse of(CancellationPolicy policy) {
		return new CancellationPolicyResponse(policy.freeCancellationDays(), policy.feePercent());
	}

}

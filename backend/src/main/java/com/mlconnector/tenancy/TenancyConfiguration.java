package com.mlconnector.tenancy;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.cfg.MultiTenancySettings;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the tenant into Hibernate and into every transaction. */
@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

	@Bean
	HibernatePropertiesCustomizer tenantIdentifierResolverCustomizer() {
		return (properties) -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
				new CurrentTenantResolver());
	}

	@Bean
	PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
		return new TenantBindingTransactionManager(entityManagerFactory);
	}

}

package com.mlconnector.web.worker;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Batch and Quartz run on the tables Flyway created (no auto-initialisation), through the
 * application's non-owner role: a job runs to completion with its tenant as an identifying
 * parameter, and Quartz is a clustered JDBC store.
 */
@SpringBootTest
class WorkerInfrastructureIntegrationTests {

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job probeJob;

	@Autowired
	Scheduler scheduler;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aBatchJobRunsOnTheMigratedJobRepository() throws Exception {
		String tenant = UUID.randomUUID().toString();
		JobExecution execution = jobOperator.start(probeJob,
				new JobParametersBuilder().addString("tenantId", tenant, true).toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.queryForObject("select count(*) from batch_job_execution_params where parameter_name = 'tenantId'"
				+ " and parameter_value = ? and identifying = 'Y'", Integer.class, tenant)).isEqualTo(1);
	}

	@Test
	void quartzIsAClusteredJdbcStore() throws Exception {
		assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
		assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
		JobKey key = JobKey.jobKey("probe-" + UUID.randomUUID(), "tests");
		scheduler.addJob(org.quartz.JobBuilder.newJob(NoOpJob.class).withIdentity(key).storeDurably().build(), false);
		assertThat(jdbc.queryForObject("select count(*) from qrtz_job_details where job_name = ?", Integer.class,
				key.getName())).isEqualTo(1);
		scheduler.deleteJob(key);
	}

	/** A job that does nothing; only its storage is under test. */
	public static class NoOpJob extends QuartzJobBean {

		@Override
		protected void executeInternal(org.quartz.JobExecutionContext context) {
		}

	}

	@TestConfiguration
	static class ProbeJobConfiguration {

		@Bean
		Job probeJob(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
			return new JobBuilder("probeJob", jobRepository)
				.start(new StepBuilder("probeStep", jobRepository)
					.tasklet((contribution, chunk) -> RepeatStatus.FINISHED, transactionManager)
					.build())
				.build();
		}

	}

}

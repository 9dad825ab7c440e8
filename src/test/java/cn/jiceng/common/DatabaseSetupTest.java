package cn.jiceng.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.review.service.ReviewTaskService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import cn.jiceng.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The run really is on the database it claims, with the settings Camunda needs there. */
@JicengSpringBootTest
class DatabaseSetupTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    ReviewTaskService reviews;

    @Test
    void runsOnTheRequestedDatabaseWithTheEngineAndFlywayTablesInIt() throws SQLException {
        String databaseType = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (TestDatabase.mysqlRequested()) {
                assertThat(product).containsAnyOf("MySQL", "MariaDB");
                assertThat(databaseType).isEqualTo("mysql");
                assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
            } else {
                assertThat(product).isEqualTo("H2");
                assertThat(databaseType).isEqualTo("h2");
            }
        }
        assertThat(flyway.info().applied()).isNotEmpty().allMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
        assertThat(jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY", Integer.class)).isPositive();
    }

    @Test
    void chineseTextSurvivesTheRoundTrip() {
        assertThat(jdbc.queryForObject("select name from org_unit where code = '220103001001'", String.class))
                .isEqualTo("长山花园社区");
    }

    @Test
    void theEngineHasTheIndexesCamundaLacksForTaskCompletionJobAcquisitionAndStartedCases() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(cn.jiceng.review.process.EngineIndexesPlugin.hasIndexOn(c, "ACT_RU_TASK", "PARENT_TASK_ID_")).isTrue();
            assertThat(cn.jiceng.review.process.EngineIndexesPlugin.hasIndexOn(c, "ACT_RU_JOB", "DUEDATE_")).isTrue();
            assertThat(cn.jiceng.review.process.EngineIndexesPlugin.hasIndexOn(c, "ACT_HI_PROCINST", "START_USER_ID_")).isTrue();
        }
    }

    @Test
    void historyIsStampedWithItsRemovalTimeWhenTheInstanceStartsAndTheNightlyCleanupIsScheduled() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_START);
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

        String instance = reviews.startSampleReview("220103", "清理时间", "T-REMOVAL", OffsetDateTime.now().plusDays(3));
        var running = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        assertThat(running.getEndTime()).isNull();
        Integer ttlDays = engine.getRepositoryService().getProcessDefinition(running.getProcessDefinitionId()).getHistoryTimeToLive();
        assertThat(ttlDays).isPositive();
        assertThat(running.getRemovalTime()).as("removal time of a running instance: its start + the time to live").isNotNull()
                .isCloseTo(Date.from(running.getStartTime().toInstant().plus(Duration.ofDays(ttlDays))), 2_000);
        engine.getRuntimeService().deleteProcessInstance(instance, "test");
    }
}

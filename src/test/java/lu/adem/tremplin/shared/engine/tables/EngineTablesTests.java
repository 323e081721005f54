package lu.adem.tremplin.shared.engine.tables;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine-table seam on the embedded H2 database, in the Spring context the view tests share (same
 * configuration, so Spring's test context cache starts it once). PostgreSQL:
 * {@code PostgresIntegrationTests.EngineTablesOnPostgres}.
 */
@SpringBootTest
@ActiveProfiles("test")
class EngineTablesTests extends EngineTablesContract {}

package lu.adem.tremplin.shared.engine.tables;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's personal data on the embedded H2 database, in the context the view tests share. PostgreSQL:
 * {@code PostgresIntegrationTests.EngineHistoryOnPostgres}.
 */
@SpringBootTest
@ActiveProfiles("test")
class EngineHistoryTests extends EngineHistoryContract {}

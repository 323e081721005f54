package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The access log is append-only for users (issue 17). On PostgreSQL a trigger refuses every delete, every
 * truncate and every update except one that changes only the registration number (anonymisation replaces
 * it by a pseudonym). A Java migration because the guard is vendor-specific and the project keeps one
 * migration folder for H2 and PostgreSQL: on H2 (embedded demo, tests) a trigger needs a Java class compiled
 * against H2, which is a runtime-only dependency here, so the guard there is the application's
 * (the access log offers no update or delete to users).
 */
public class V21__access_log_append_only extends BaseJavaMigration {

    static final String FUNCTION = """
            create or replace function access_log_append_only() returns trigger language plpgsql as $$
            begin
              if tg_op = 'UPDATE'
                 and new.id = old.id and new.at = old.at and new.user_id = old.user_id
                 and new.action = old.action and new.screen = old.screen then
                return new;
              end if;
              raise exception 'access_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
            end
            $$""";

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(database)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(FUNCTION);
            statement.execute("create trigger access_log_no_change before update or delete on access_log"
                    + " for each row execute function access_log_append_only()");
            statement.execute("create trigger access_log_no_truncate before truncate on access_log"
                    + " for each statement execute function access_log_append_only()");
        }
    }
}

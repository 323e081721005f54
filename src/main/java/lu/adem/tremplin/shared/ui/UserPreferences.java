package lu.adem.tremplin.shared.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The language each user chose in the user menu, kept across sessions (table {@code user_preference}). */
@Repository
class UserPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    UserPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Locale> locale(String userId) {
        return jdbc.sql("select locale from user_preference where user_id = :user")
                .param("user", userId)
                .query(String.class)
                .optional()
                .map(Locale::forLanguageTag);
    }

    @Transactional
    void saveLocale(String userId, Locale locale) {
        int updated = jdbc.sql("update user_preference set locale = :locale, updated_at = :now where user_id = :user")
                .param("locale", locale.toLanguageTag())
                .param("now", LocalDateTime.now(clock))
                .param("user", userId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into user_preference (user_id, locale, updated_at) values (:user, :locale, :now)")
                    .param("user", userId)
                    .param("locale", locale.toLanguageTag())
                    .param("now", LocalDateTime.now(clock))
                    .update();
        }
    }
}

package lu.adem.tremplin.shared.web;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.DatabaseOutage;

/**
 * Wraps the application's data source so that a connection it could not give (the database out of reach, the
 * pool's connection timeout passed) is noticed for the HTTP answer ({@link DatabaseOutage#notice}), whoever
 * asked: the engine, the sign-in's counting, Tremplin's own queries.
 */
@Component
class OutageNoticingDataSource implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Noticing)) {
            return new Noticing(dataSource);
        }
        return bean;
    }

    static final class Noticing extends DelegatingDataSource {

        Noticing(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                return super.getConnection();
            } catch (SQLException failure) {
                DatabaseOutage.notice(failure);
                throw failure;
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            try {
                return super.getConnection(username, password);
            } catch (SQLException failure) {
                DatabaseOutage.notice(failure);
                throw failure;
            }
        }
    }
}

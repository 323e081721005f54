package lu.adem.tremplin.inbox.list;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.shared.CurrentUser;

/** The signed-in user's saved inbox views (list, search, sort), by name; nobody else sees them. */
@Service
public class SavedFilters {

    /** A saved view. */
    public record SavedFilter(String name, Inbox.Query query) {}

    private final JdbcClient jdbc;

    SavedFilters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SavedFilter> mine() {
        return jdbc.sql(
                        "select filter_name, task_list, search_text, sort_order from inbox_filter where user_id = :user "
                                + "order by filter_name")
                .param("user", CurrentUser.require().userId())
                .query((rs, row) -> new SavedFilter(
                        rs.getString("filter_name"),
                        new Inbox.Query(
                                Inbox.TaskList.valueOf(rs.getString("task_list")),
                                rs.getString("search_text"),
                                Inbox.Sort.valueOf(rs.getString("sort_order")))))
                .list();
    }

    /** Saves (or replaces) a view under a name of 1–80 characters. */
    @Transactional
    public void save(String name, Inbox.Query query) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new IllegalArgumentException("A filter's name has 1 to 80 characters");
        }
        String user = CurrentUser.require().userId();
        jdbc.sql("delete from inbox_filter where user_id = :user and filter_name = :name")
                .param("user", user)
                .param("name", trimmed)
                .update();
        jdbc.sql("insert into inbox_filter (user_id, filter_name, task_list, search_text, sort_order) "
                        + "values (:user, :name, :list, :search, :sort)")
                .param("user", user)
                .param("name", trimmed)
                .param("list", query.list().name())
                .param("search", query.search())
                .param("sort", (query.sort() == null ? Inbox.Sort.DUE : query.sort()).name())
                .update();
    }

    public void delete(String name) {
        jdbc.sql("delete from inbox_filter where user_id = :user and filter_name = :name")
                .param("user", CurrentUser.require().userId())
                .param("name", name)
                .update();
    }
}

package lu.adem.tremplin.shared.engine.tables;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Looks for a text in every text column of every history and runtime table of the engine, on H2 or
 * PostgreSQL: the proof that "the engine holds no registration number of theirs". Reads the columns from the
 * database's own catalogue, so a column that a Camunda upgrade adds is scanned too.
 */
public final class EngineTableScan {

    private static final Set<Integer> TEXT_TYPES =
            Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR, Types.NCLOB);

    private EngineTableScan() {}

    /** The columns (TABLE.COLUMN, upper case) of which at least one value contains {@code text}. */
    public static List<String> columnsHolding(DataSource dataSource, String text) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> holding = new ArrayList<>();
            for (String[] column : textColumns(connection)) {
                String sql = "select count(*) from " + column[0] + " where " + column[1] + " like ?";
                try (PreparedStatement count = connection.prepareStatement(sql)) {
                    count.setString(1, "%" + text + "%");
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            holding.add((column[0] + "." + column[1]).toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
            return holding;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many text columns the scan reads: a guard that it found the engine's tables at all. */
    public static int textColumnCount(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return textColumns(connection).size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> textColumns(Connection connection) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                String upper = table.toUpperCase(Locale.ROOT);
                if ((upper.startsWith("ACT_HI_") || upper.startsWith("ACT_RU_"))
                        && TEXT_TYPES.contains(rs.getInt("DATA_TYPE"))) {
                    columns.add(new String[] {table, rs.getString("COLUMN_NAME")});
                }
            }
        }
        return columns;
    }
}

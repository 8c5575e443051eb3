package org.marginalia.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of a project file as text, for migration tests that check every row survives an upgrade. */
final class SchemaDump {

    private SchemaDump() {
    }

    /** Each table's columns, comma-separated, as the file has them now. */
    static Map<String, String> columns(Path file, List<String> tables) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String table : tables) {
            columns.put(table, String.join(", ", sql(file, "SELECT name FROM pragma_table_info('" + table + "')")
                    .stream().map(name -> name.replace("|", "")).toList()));
        }
        return columns;
    }

    /** Every row of each table, in those columns (so columns a later migration adds do not count). */
    static List<String> dump(Path file, Map<String, String> columns) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, String> table : columns.entrySet()) {
            rows.add(table.getKey() + ": " + sql(file, "SELECT " + table.getValue() + " FROM " + table.getKey()
                    + " ORDER BY 1, 2"));
        }
        return rows;
    }

    /** The rows a query gives, each as its values joined by '|'. */
    static List<String> sql(Path file, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    static long lastId(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            return rs.getLong(1);
        }
    }

    static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }
}

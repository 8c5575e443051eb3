package org.marginalia.model;

/**
 * How a CSV file is written.
 *
 * @param excel a byte-order mark and CRLF line ends, so spreadsheets detect UTF-8
 * @param raw no protection against spreadsheet formulas: cells are written exactly, for R and Python users
 */
public record CsvOptions(boolean excel, boolean raw) {

    public static CsvOptions standard() {
        return new CsvOptions(false, false);
    }
}

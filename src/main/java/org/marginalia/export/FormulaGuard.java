package org.marginalia.export;

/**
 * Keeps a cell of a CSV export from being run as a formula when a spreadsheet opens the file (CSV injection): a
 * value starting with one of {@value #FORMULA_STARTS} gets a leading apostrophe, which spreadsheets show as text.
 */
final class FormulaGuard {

    /** Characters with which a spreadsheet would start a formula (or, for tab/CR/NUL, hide one). */
    private static final String FORMULA_STARTS = "=+-@\t\r\0";

    private FormulaGuard() {
    }

    static String cell(String value, boolean raw) {
        if (raw || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }
}

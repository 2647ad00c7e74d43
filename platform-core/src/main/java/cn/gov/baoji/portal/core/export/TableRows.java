package cn.gov.baoji.portal.core.export;

import java.util.List;

/** Receives a table for a download (CSV, Excel): the header row once, then each row. */
public interface TableRows {

    void header(List<String> cells);

    void row(List<String> cells);
}

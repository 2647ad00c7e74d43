package cn.gov.baoji.portal.core.search;

/**
 * A synonym the city maintains: two-way ({@code 医保 = 医疗保险}: either finds both) or one-way, a correction
 * ({@code 渭宾 → 渭滨}: the misspelling also finds the right word, and "did you mean" offers it).
 */
public record Synonym(long id, String term, String alternative, boolean oneWay) {
}

package cn.gov.baoji.portal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostNamesTest {

    @ParameterizedTest
    @CsvSource({
            "weibin.localhost, weibin.localhost",
            "WeiBin.LOCALHOST, weibin.localhost",
            "weibin.localhost:8080, weibin.localhost",
            "weibin.localhost., weibin.localhost",
            "WWW.WEIBIN.GOV.CN.:443, www.weibin.gov.cn",
            "'  weibin.localhost  ', weibin.localhost",
            "[::1]:8080, [::1]" })
    void normalizes(String header, String expected) {
        assertThat(HostNames.normalize(header)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", ".", ":8080", "wei/bin.localhost", "weibin.localhost\r\nX-Evil: 1", "渭滨.localhost",
            "weibin.localhost, proxy.internal", "weibin.localhost:8080,taibai.localhost" })
    void refusesWhatIsNoHostName(String header) {
        assertThat(HostNames.normalize(header)).isEmpty();
    }

    /** The last entry is the one our own proxy appended; earlier ones are whatever the client sent. */
    @ParameterizedTest
    @CsvSource({
            "weibin.localhost, weibin.localhost",
            "'taibai.localhost, weibin.localhost', weibin.localhost",
            "'taibai.localhost,WEIBIN.localhost:8080', weibin.localhost",
            "'console.localhost, evil.example , weibin.localhost.', weibin.localhost" })
    void forwardedChainsAreReadFromTheirLastEntry(String header, String expected) {
        assertThat(HostNames.normalizeForwarded(header)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "weibin.localhost,", "weibin.localhost, ", "weibin.localhost, wei/bin.localhost" })
    void refusesForwardedChainsEndingInNoHostName(String header) {
        assertThat(HostNames.normalizeForwarded(header)).isEmpty();
    }
}

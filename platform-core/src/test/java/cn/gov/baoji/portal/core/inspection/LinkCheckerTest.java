package cn.gov.baoji.portal.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The external-link checker never requests an address of the inside network, whatever range it is in. */
class LinkCheckerTest {

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.8.9.10", "0.0.0.0", "0.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.254",
            "192.168.1.1", "100.64.0.1", "100.127.255.254", "169.254.169.254", "224.0.0.1", "239.255.255.250",
            "255.255.255.255", "240.0.0.1", "192.0.0.170", "198.18.0.1", "::", "::1", "fc00::1", "fd12:3456::1",
            "fe80::1", "febf::1", "fec0::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
            "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2002:a9fe:a9fe::1" })
    void insideAddressesAreRefused(String address) throws UnknownHostException {
        assertThat(LinkChecker.internal(InetAddress.getByName(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.1.1.1", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.15.0.1", "172.32.0.1",
            "169.253.0.1", "192.0.1.1", "198.20.0.1", "223.5.5.5", "2400:3200::1", "240e:1::1",
            "64:ff9b::808:808", "2002:808:808::1" })
    void publicAddressesAreChecked(String address) throws UnknownHostException {
        assertThat(LinkChecker.internal(InetAddress.getByName(address))).as(address).isFalse();
    }

    @Test
    void mappedAddressesAreJudgedAsTheirIpv4() throws UnknownHostException {
        assertThat(LinkChecker.internal(InetAddress.getByName("::ffff:10.1.2.3"))).isTrue();
        assertThat(LinkChecker.internal(InetAddress.getByName("::ffff:8.8.8.8"))).isFalse();
    }
}

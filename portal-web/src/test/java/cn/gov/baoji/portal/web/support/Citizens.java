package cn.gov.baoji.portal.web.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Made-up particulars of the citizens who send anonymous submissions: a client address (the test
 * profile trusts X-Forwarded-For) and a mobile number, each new on every call, so that the guard's
 * limits per address and per phone never count one test's submissions against another's.
 */
public final class Citizens {

    /** Addresses 10.a.b.c with a, b and c from 1 to 250. */
    private static final int ADDRESSES = 250 * 250 * 250;
    /** The last eight digits of a mobile number. */
    private static final int PHONES = 100_000_000;

    /*
     * The counters start at a random point: a test profile restarts the application and loads this
     * class again, while the limits counted before the restart are still in the database.
     */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(ThreadLocalRandom.current().nextInt(ADDRESSES));
    private static final AtomicInteger NEXT_PHONE = new AtomicInteger(ThreadLocalRandom.current().nextInt(PHONES));

    private Citizens() {
    }

    /** A client address no other call has given out. */
    public static String address() {
        int n = Math.floorMod(NEXT_ADDRESS.getAndIncrement(), ADDRESSES);
        return "10." + (n / (250 * 250) + 1) + "." + (n / 250 % 250 + 1) + "." + (n % 250 + 1);
    }

    /** A mainland mobile number (159…, a prefix no fixed number in the tests uses) no other call has given out. */
    public static String phone() {
        return "159" + String.format("%08d", Math.floorMod(NEXT_PHONE.getAndIncrement(), PHONES));
    }
}

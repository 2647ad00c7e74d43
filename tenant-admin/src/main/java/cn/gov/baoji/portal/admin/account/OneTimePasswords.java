package cn.gov.baoji.portal.admin.account;

import java.security.SecureRandom;

import org.keycloak.representations.idm.CredentialRepresentation;

/** One-time passwords for new and reset accounts: random, unambiguous to read aloud, never stored by us. */
final class OneTimePasswords {

    /** Without 0/O, 1/l/I: handed over by phone or on paper, they must not be misread. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The credential Keycloak makes its owner replace at the first login. */
    static CredentialRepresentation temporary(String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        return credential;
    }
}

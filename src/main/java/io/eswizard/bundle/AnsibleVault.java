package io.eswizard.bundle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts text in the ansible-vault 1.1 format (AES256), so `ansible-playbook --ask-vault-pass`
 * reads it: PBKDF2-HMAC-SHA256 (10000 rounds) over a random 32-byte salt gives 80 bytes, split
 * into an AES-256-CTR key, an HMAC-SHA256 key and the counter's IV; the envelope is hex of
 * "hex(salt)\nhex(hmac)\nhex(ciphertext)", wrapped at 80 columns.
 */
public final class AnsibleVault {

    public static final String HEADER = "$ANSIBLE_VAULT;1.1;AES256";
    private static final int ITERATIONS = 10_000;
    private static final int KEY_LENGTH = 32;
    private static final int IV_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private AnsibleVault() {
    }

    public static String encrypt(String plaintext, char[] password) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), password);
    }

    /** Encrypts bytes as they are (a file, e.g. a private key), with a fresh salt. */
    public static String encrypt(byte[] plaintext, char[] password) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return encrypt(plaintext, password, salt);
    }

    /** With a given salt; tests use it to check against known output. */
    static String encrypt(byte[] plaintext, char[] password, byte[] salt) {
        byte[] keys = null;
        try {
            keys = derive(password, salt);
            SecretKeySpec cipherKey = new SecretKeySpec(keys, 0, KEY_LENGTH, "AES");
            SecretKeySpec macKey = new SecretKeySpec(keys, KEY_LENGTH, KEY_LENGTH, "HmacSHA256");
            IvParameterSpec iv = new IvParameterSpec(keys, 2 * KEY_LENGTH, IV_LENGTH);
            Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, cipherKey, iv);
            // ansible-vault pads with PKCS#7 even though CTR does not need it.
            byte[] ciphertext = aes.doFinal(pkcs7(plaintext));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            byte[] hmac = mac.doFinal(ciphertext);
            String inner = HEX.formatHex(salt) + "\n" + HEX.formatHex(hmac) + "\n" + HEX.formatHex(ciphertext);
            String outer = HEX.formatHex(inner.getBytes(StandardCharsets.US_ASCII));
            StringBuilder sb = new StringBuilder(HEADER).append('\n');
            for (int i = 0; i < outer.length(); i += 80) {
                sb.append(outer, i, Math.min(outer.length(), i + 80)).append('\n');
            }
            return sb.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java lacks AES-CTR, HMAC-SHA256 or PBKDF2", e);
        } finally {
            if (keys != null) {
                Arrays.fill(keys, (byte) 0);
            }
        }
    }

    private static byte[] derive(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, (2 * KEY_LENGTH + IV_LENGTH) * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] pkcs7(byte[] data) {
        int pad = 16 - data.length % 16;
        byte[] out = Arrays.copyOf(data, data.length + pad);
        Arrays.fill(out, data.length, out.length, (byte) pad);
        return out;
    }
}

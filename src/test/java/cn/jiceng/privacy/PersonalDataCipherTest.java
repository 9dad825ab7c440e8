package cn.jiceng.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.privacy.crypto.CryptoConfiguration;
import cn.jiceng.privacy.crypto.PersonalDataCipher;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** AES-GCM with key ids, rotation, the keyed hash, the configuration's checks and the prod refusal of the demo keys. */
class PersonalDataCipherTest {

    static final String K1 = b64("0123456789abcdef0123456789abcdef");
    static final String K2 = b64("fedcba9876543210fedcba9876543210");
    static final String HASH = b64("hash-key-hash-key-hash-key-hash-key!");
    static final String ID = "22010319950315951X";

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes());
    }

    @Test
    void valuesAreEncryptedWithAFreshIvUnderTheCurrentKeyAndReadBack() {
        PersonalDataCipher cipher = PersonalDataCipher.fromSpec("k1:" + K1, "k1", HASH);
        String a = cipher.encrypt(ID);
        String b = cipher.encrypt(ID);
        assertThat(a).startsWith("k1:").isNotEqualTo(b).doesNotContain(ID).doesNotContain("19950315");
        assertThat(PersonalDataCipher.isEncrypted(a)).isTrue();
        assertThat(PersonalDataCipher.isEncrypted(ID)).isFalse();
        assertThat(PersonalDataCipher.isEncrypted("13587654321")).isFalse();
        assertThat(PersonalDataCipher.keyIdOf(a)).isEqualTo("k1");
        assertThat(cipher.decrypt(a)).isEqualTo(ID);
        assertThat(cipher.decrypt(b)).isEqualTo(ID);
        // 12-byte IV + 18 bytes + 16-byte tag, base64: fits the 120-character columns with room for the key id
        assertThat(a.length()).isLessThanOrEqualTo(80);
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.decrypt(cipher.encrypt("张三 0431-88886666"))).isEqualTo("张三 0431-88886666");
    }

    @Test
    void anOldKeyStillReadsItsValuesAfterRotationAndNewValuesTakeTheNewKey() {
        PersonalDataCipher before = PersonalDataCipher.fromSpec("k1:" + K1, "k1", HASH);
        String old = before.encrypt(ID);
        PersonalDataCipher after = PersonalDataCipher.fromSpec("k1:" + K1 + ", k2:" + K2, "k2", HASH);
        assertThat(after.decrypt(old)).isEqualTo(ID);
        assertThat(after.encrypt(ID)).startsWith("k2:");
        assertThat(before.hash(ID)).isEqualTo(after.hash(ID)).hasSize(64).matches("[0-9a-f]{64}");
        PersonalDataCipher withoutK1 = PersonalDataCipher.fromSpec("k2:" + K2, "k2", HASH);
        assertThatThrownBy(() -> withoutK1.decrypt(old)).hasMessageContaining("key 'k1'").hasMessageNotContaining(ID);
    }

    @Test
    void anAlteredValueOrTheWrongKeyIsDetected() {
        PersonalDataCipher cipher = PersonalDataCipher.fromSpec("k1:" + K1, "k1", HASH);
        String stored = cipher.encrypt(ID);
        char[] chars = stored.toCharArray();
        chars[20] = chars[20] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be decrypted");
        PersonalDataCipher other = PersonalDataCipher.fromSpec("k1:" + K2, "k1", HASH);
        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(ID)).hasMessage("a personal-data column holds a value that is not encrypted");
    }

    @Test
    void theHashIsKeyed() {
        PersonalDataCipher a = PersonalDataCipher.fromSpec("k1:" + K1, "k1", HASH);
        PersonalDataCipher b = PersonalDataCipher.fromSpec("k1:" + K1, "k1", b64("another-hash-key-another-hash-key!!"));
        assertThat(a.hash(ID)).isEqualTo(a.hash(ID)).isNotEqualTo(b.hash(ID));
        assertThat(a.hash(ID)).isNotEqualTo(a.hash("22010319950315951x"));
    }

    @Test
    void badConfigurationIsRefusedWithoutEchoingKeys() {
        assertThatThrownBy(() -> PersonalDataCipher.fromSpec("", "k1", HASH)).hasMessageContaining("no encryption key");
        assertThatThrownBy(() -> PersonalDataCipher.fromSpec("k1:" + K1, "k9", HASH)).hasMessageContaining("'k9'");
        assertThatThrownBy(() -> PersonalDataCipher.fromSpec("k1:" + b64("short"), "k1", HASH)).hasMessageContaining("5 bytes");
        assertThatThrownBy(() -> PersonalDataCipher.fromSpec("k1:" + K1 + ",k1:" + K2, "k1", HASH)).hasMessageContaining("twice");
        assertThatThrownBy(() -> PersonalDataCipher.fromSpec("k1:not*base64", "k1", HASH))
                .hasMessage("key 'k1' is not valid base64");
        assertThatThrownBy(() -> PersonalDataCipher.fromSpec("k1:" + K1, "k1", b64("short"))).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> PersonalDataCipher.fromSpec("k1:" + K1, "k1", null)).hasMessageContaining("not set");
        assertThatThrownBy(() -> PersonalDataCipher.fromSpec("a:b:" + K1, "a", HASH)).isInstanceOf(IllegalArgumentException.class);
    }

    private static PersonalDataCipher configured(MockEnvironment env, String keys, String current, String hash,
                                                 String keystore, String password) {
        return new CryptoConfiguration().personalDataCipher(env, keys, current, hash, keystore, password, "hmac");
    }

    @Test
    void theProdProfileRefusesTheDemoKeysAndAcceptsRealOnes() {
        MockEnvironment dev = new MockEnvironment();
        assertThat(configured(dev, "demo1:" + CryptoConfiguration.DEMO_KEY, "demo1", CryptoConfiguration.DEMO_HASH_KEY, "", "")
                .currentKeyId()).isEqualTo("demo1");
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> configured(prod, "demo1:" + CryptoConfiguration.DEMO_KEY, "demo1",
                CryptoConfiguration.DEMO_HASH_KEY, "", "")).hasMessageContaining("refuses the demo encryption keys");
        assertThatThrownBy(() -> configured(prod, "k1:" + CryptoConfiguration.DEMO_KEY, "k1", HASH, "", ""))
                .hasMessageContaining("refuses");
        assertThatThrownBy(() -> configured(prod, "k1:" + K1, "k1", CryptoConfiguration.DEMO_HASH_KEY, "", ""))
                .hasMessageContaining("refuses");
        assertThatThrownBy(() -> configured(prod, "demo2:" + K1, "demo2", HASH, "", "")).hasMessageContaining("refuses");
        assertThatThrownBy(() -> configured(prod, "", "", "", "", "")).hasMessageContaining("no encryption key");
        assertThat(configured(prod, "k1:" + K1, "k1", HASH, "", "").currentKeyId()).isEqualTo("k1");
    }

    @Test
    void keysAndTheHashKeyComeFromAPkcs12Keystore(@TempDir Path dir) throws Exception {
        char[] password = "store-pass".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setEntry("k7", new KeyStore.SecretKeyEntry(new SecretKeySpec(Base64.getDecoder().decode(K2), "AES")),
                new KeyStore.PasswordProtection(password));
        store.setEntry("hmac", new KeyStore.SecretKeyEntry(new SecretKeySpec(Base64.getDecoder().decode(HASH), "HmacSHA256")),
                new KeyStore.PasswordProtection(password));
        Path file = dir.resolve("jiceng-keys.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        PersonalDataCipher fromStore = configured(prod, "", "k7", "", file.toString(), "store-pass");
        assertThat(fromStore.keyIds()).containsExactly("k7");
        PersonalDataCipher fromEnv = PersonalDataCipher.fromSpec("k7:" + K2, "k7", HASH);
        assertThat(fromEnv.decrypt(fromStore.encrypt(ID))).isEqualTo(ID);
        assertThat(fromStore.hash(ID)).isEqualTo(fromEnv.hash(ID));
        assertThatThrownBy(() -> configured(prod, "", "k7", "", file.toString(), "wrong"))
                .hasMessageContaining("Cannot read the keystore");
    }
}

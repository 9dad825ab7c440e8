package cn.jiceng.privacy.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The keys of {@link PersonalDataCipher}, from the environment ({@code JICENG_CRYPTO_KEYS} as
 * {@code id:base64,...}, {@code JICENG_CRYPTO_CURRENT_KEY}, {@code JICENG_CRYPTO_HASH_KEY}) and/or a
 * PKCS#12 keystore ({@code JICENG_CRYPTO_KEYSTORE}: each AES secret-key entry is a key under its
 * alias, the entry named by {@code jiceng.crypto.keystore-hash-alias} the hash key). The demo keys of
 * application.properties are public: the {@code prod} profile refuses to start with them.
 */
@Configuration(proxyBeanMethods = false)
public class CryptoConfiguration {

    /** The demo/dev encryption key of application.properties (key id "demo1"). Public: never for real data. */
    public static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1qaWNlbmctbm90LXNlY3JldCE=";
    /** The demo/dev hash key of application.properties. Public: never for real data. */
    public static final String DEMO_HASH_KEY = "ZGVtby1vbmx5LWhtYWMta2V5LWppY2VuZy1ub3Qtc2VjcmV0IQ==";

    @Bean
    public PersonalDataCipher personalDataCipher(Environment env,
                                                 @Value("${jiceng.crypto.keys:}") String keys,
                                                 @Value("${jiceng.crypto.current-key:}") String currentKey,
                                                 @Value("${jiceng.crypto.hash-key:}") String hashKey,
                                                 @Value("${jiceng.crypto.keystore:}") String keystore,
                                                 @Value("${jiceng.crypto.keystore-password:}") String keystorePassword,
                                                 @Value("${jiceng.crypto.keystore-hash-alias:hmac}") String hashAlias) {
        Map<String, byte[]> all = new LinkedHashMap<>(PersonalDataCipher.parseKeys(keys));
        byte[] hash = hashKey == null || hashKey.isBlank() ? null : decodeHashKey(hashKey);
        if (keystore != null && !keystore.isBlank()) {
            Map<String, byte[]> stored = readKeystore(Path.of(keystore.trim()), keystorePassword);
            byte[] fromStore = stored.remove(hashAlias);
            if (fromStore != null) {
                hash = fromStore;
            }
            all.putAll(stored);
        }
        PersonalDataCipher cipher = new PersonalDataCipher(all, currentKey == null ? null : currentKey.trim(), hash);
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            refuseDemoKeys(cipher);
        }
        return cipher;
    }

    /** The {@code prod} profile never runs on the public demo keys (or any key whose id starts with "demo"). */
    static void refuseDemoKeys(PersonalDataCipher cipher) {
        if (cipher.uses(Base64.getDecoder().decode(DEMO_KEY)) || cipher.uses(Base64.getDecoder().decode(DEMO_HASH_KEY))
                || cipher.keyIds().stream().anyMatch(id -> id.toLowerCase().startsWith("demo"))) {
            throw new IllegalStateException("The 'prod' profile refuses the demo encryption keys of application.properties: "
                    + "set JICENG_CRYPTO_KEYS, JICENG_CRYPTO_CURRENT_KEY and JICENG_CRYPTO_HASH_KEY (or JICENG_CRYPTO_KEYSTORE), "
                    + "see docs/operations.md");
        }
    }

    private static byte[] decodeHashKey(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("jiceng.crypto.hash-key is not valid base64");
        }
    }

    /** The AES secret-key entries of a PKCS#12 keystore by alias. */
    static Map<String, byte[]> readKeystore(Path path, String password) {
        char[] pw = password == null ? new char[0] : password.toCharArray();
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, pw);
            Map<String, byte[]> keys = new LinkedHashMap<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.entryInstanceOf(alias, KeyStore.SecretKeyEntry.class)) {
                    KeyStore.SecretKeyEntry entry = (KeyStore.SecretKeyEntry) store.getEntry(alias,
                            new KeyStore.PasswordProtection(pw));
                    keys.put(alias, entry.getSecretKey().getEncoded());
                }
            }
            return keys;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the keystore jiceng.crypto.keystore=" + path + ": " + e.getMessage(), e);
        }
    }
}

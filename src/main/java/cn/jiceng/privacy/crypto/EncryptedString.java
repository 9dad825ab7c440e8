package cn.jiceng.privacy.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * JPA converter of a personal-data column: the entity holds the plaintext, the table the AES-GCM
 * value of {@link PersonalDataCipher} (a fresh IV each write). Such a column cannot be compared in a
 * query: look-ups go through the entity's keyed-hash column. Hibernate creates it through Spring
 * (Spring Boot's bean container), which injects the cipher.
 */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public EncryptedString(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return cipher.encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(stored);
    }
}

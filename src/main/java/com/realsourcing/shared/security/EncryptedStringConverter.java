package com.realsourcing.shared.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** {@code @Convert(converter = EncryptedStringConverter.class)} on a column that holds personal data. */
@Component
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    private final PiiProtection pii;

    public EncryptedStringConverter(PiiProtection pii) {
        this.pii = pii;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return pii.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return pii.decrypt(dbData);
    }
}

package dev.ilrsh.model;

import java.math.BigDecimal;

public record LearningDeliveryHE(String ssn, String qualent3, Integer soc, Integer sec, String ucasSchemeCode,
		Integer typeYr, Integer modeStud, Integer fundLev, Integer fundComp, BigDecimal stuLoad, Integer yearStu,
		Integer mStuFee, BigDecimal pcolab, Integer specFee, Integer netFee, Integer grossFee, String permAddCountry,
		Integer elq, String hePostCode, XmlExtras extras) implements IlrEntity {
}

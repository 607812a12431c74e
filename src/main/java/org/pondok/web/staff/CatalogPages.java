package org.pondok.web.staff;

import java.util.List;

import org.pondok.catalog.Catalog;
import org.pondok.shared.CurrencyCode;
import org.pondok.system.Languages;

import org.springframework.stereotype.Component;

/**
 * What the villa manager's pages share: the property's currency and the languages texts
 * may be translated into.
 */
@Component
class CatalogPages {

	private final Catalog catalog;

	private final Languages languages;

	CatalogPages(Catalog catalog, Languages languages) {
		this.catalog = catalog;
		this.languages = languages;
	}

	CurrencyCode currency() {
		return this.catalog.findVilla().map((villa) -> villa.baseCurrency()).orElse(CurrencyCode.USD);
	}

	/**
	 * The guest languages other than English, Indonesian first, as the property lists
	 * them.
	 */
	List<Languages.LanguageView> translations() {
		return this.languages.all().stream().filter((language) -> !language.code().equals("en")).toList();
	}

	List<String> translationCodes() {
		return translations().stream().map(Languages.LanguageView::code).toList();
	}

}

package org.pondok.catalog;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The texts guests read that the villa's and the rooms' own rows hold in English only, in
 * other languages: the villa's tagline, description and house rules, a room's bed set-up
 * and amenities. They live beside the aggregates, so saving the villa's or a room's
 * details leaves them as they are; the room ones are read with the rooms
 * ({@link RoomQueries}).
 */
@Repository
class TextTranslations {

	private final JdbcClient jdbc;

	TextTranslations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<VillaTexts> villa(long villaId, String language) {
		return this.jdbc.sql("""
				SELECT tagline, description, house_rules FROM villa_translations
				WHERE villa_id = :villa AND language = :language
				""")
			.param("villa", villaId)
			.param("language", language)
			.query((rs, row) -> new VillaTexts(rs.getString("tagline"), rs.getString("description"),
					rs.getString("house_rules")))
			.optional();
	}

	void saveVilla(long villaId, String language, VillaTexts texts) {
		this.jdbc.sql("DELETE FROM villa_translations WHERE villa_id = :villa AND language = :language")
			.param("villa", villaId)
			.param("language", language)
			.update();
		this.jdbc.sql("""
				INSERT INTO villa_translations (villa_id, language, tagline, description, house_rules)
				VALUES (:villa, :language, :tagline, :description, :rules)
				""")
			.param("villa", villaId)
			.param("language", language)
			.param("tagline", texts.tagline())
			.param("description", texts.description())
			.param("rules", texts.houseRules())
			.update();
	}

	void saveRoom(long roomId, String language, @Nullable String bedSetup, List<String> amenities) {
		this.jdbc.sql("DELETE FROM room_detail_translations WHERE room_id = :room AND language = :language")
			.param("room", roomId)
			.param("language", language)
			.update();
		this.jdbc.sql("""
				INSERT INTO room_detail_translations (room_id, language, bed_setup, amenities)
				VALUES (:room, :language, :beds, :amenities)
				""")
			.param("room", roomId)
			.param("language", language)
			.param("beds", bedSetup)
			.param("amenities", Lines.join(amenities))
			.update();
	}

}

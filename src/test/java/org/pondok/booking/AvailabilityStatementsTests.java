package org.pondok.booking;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.NewSeasonalRate;
import org.pondok.catalog.VillaDetails;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An availability search reads the held nights of every unit in one statement, whatever
 * the number of rooms, units or nights, and opens no transaction: what prices the stay
 * (rooms, seasons, settings, rates) is reused for a moment (decision 0007). Statements
 * are counted on the searching thread only, so the access log and the schedulers do not
 * count.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:availability-statements;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/availability-statements" })
class AvailabilityStatementsTests {

	private static final LocalDate FAR = LocalDate.now(ZoneId.of("Asia/Makassar")).plusDays(60);

	private static final ThreadLocal<List<String>> CALLS = new ThreadLocal<>();

	@Autowired
	Catalog catalog;

	@Autowired
	BookingManagement bookings;

	@BeforeEach
	void property() {
		if (this.catalog.hasVilla()) {
			return;
		}
		this.catalog.saveVilla(new VillaDetails("Test Villa", null, null, "Jl. Uji 1", null, null, "ID", null, null,
				null, null, null, ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0), LocalTime.of(12, 0), null, null,
				null, CurrencyCode.USD, new BigDecimal("11"), BigDecimal.TEN, new BigDecimal("30"), 14,
				new CancellationPolicy(7, new BigDecimal("50"))));
		for (int room = 1; room <= 6; room++) {
			this.catalog.addRoom(new NewRoom("room-" + room, "Room " + room, null, null, 2, 1, 3, null, null, List.of(),
					Money.of(String.valueOf(100 + room), CurrencyCode.USD), 1, 3, null, Map.of()));
			this.catalog.addSeasonalRate("room-" + room, new NewSeasonalRate("High " + room, FAR.plusDays(2),
					FAR.plusDays(9), Money.of("250", CurrencyCode.USD), 1));
		}
	}

	@Test
	void aSearchIsOneStatementAndNoTransactionWhateverItsLength() {
		this.bookings.availability(new StayPeriod(FAR, FAR.plusDays(1)), 2, 0, CurrencyCode.EUR);

		List<String> oneNight = counted(
				() -> this.bookings.availability(new StayPeriod(FAR, FAR.plusDays(1)), 2, 0, CurrencyCode.EUR));
		List<String> threeWeeks = counted(
				() -> this.bookings.availability(new StayPeriod(FAR, FAR.plusDays(21)), 2, 1, CurrencyCode.IDR));

		assertThat(oneNight).singleElement().asString().startsWith("prepareStatement").contains("inventory_nights");
		assertThat(threeWeeks).singleElement().asString().startsWith("prepareStatement").contains("inventory_nights");
	}

	@Test
	void theSearchStillPricesWhatItReadsOnce() {
		Availability found = this.bookings.availability(new StayPeriod(FAR.plusDays(1), FAR.plusDays(4)), 2, 0,
				CurrencyCode.USD);

		assertThat(found.rooms()).hasSize(6).allSatisfy((offer) -> {
			assertThat(offer.available()).isTrue();
			assertThat(offer.unitsLeft()).isEqualTo(3);
		});
		// the first night at the room's own rate, the next two in the season
		assertThat(found.rooms().get(0).price().nightly()).hasSize(3);
		assertThat(found.rooms().get(0).price().nightly().get(1).rate().amount()).isEqualByComparingTo("250");
	}

	/**
	 * The statements prepared and the transaction calls made on this thread while the
	 * work ran.
	 */
	private static List<String> counted(Runnable work) {
		CALLS.set(new ArrayList<>());
		try {
			work.run();
			return CALLS.get();
		}
		finally {
			CALLS.remove();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource && !(bean instanceof Counting))
							? new Counting(dataSource) : bean;
				}
			};
		}

	}

	private static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, arguments) -> {
				List<String> calls = CALLS.get();
				String name = method.getName();
				if (calls != null
						&& (name.startsWith("prepare") || name.equals("createStatement") || name.equals("commit")
								|| (name.equals("setAutoCommit") && Boolean.FALSE.equals(arguments[0])))) {
					calls.add(name + ((arguments != null && arguments.length > 0) ? " " + arguments[0] : ""));
				}
				try {
					return method.invoke(connection, arguments);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(AvailabilityStatementsTests.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

	}

}

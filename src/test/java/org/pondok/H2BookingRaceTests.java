package org.pondok;

class H2BookingRaceTests extends BookingRaceTests {

	@Override
	TestDatabases.Vendor vendor() {
		return TestDatabases.Vendor.H2;
	}

}

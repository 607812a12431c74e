package org.pondok.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface StaffMembers extends CrudRepository<StaffMember, Long> {

	Optional<StaffMember> findByEmail(String email);

	List<StaffMember> findAllByOrderByIdAsc();

}

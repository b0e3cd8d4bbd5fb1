package com.mlconnector.user;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<UserAccount, UUID> {

	List<UserAccount> findAllByOrderByEmail();

}

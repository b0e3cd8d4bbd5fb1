package com.mlconnector.connection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConnectionRepository extends JpaRepository<Connection, UUID> {

	Optional<Connection> findBySystem(SystemType system);

	List<Connection> findAllByOrderBySystem();

}

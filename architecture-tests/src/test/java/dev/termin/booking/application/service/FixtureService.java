package dev.termin.booking.application.service;

/** Test fixture: stands for a service class that an adapter must not reach. */
public class FixtureService {
    public void run() {
    }
}

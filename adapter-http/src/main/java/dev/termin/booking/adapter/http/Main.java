package dev.termin.booking.adapter.http; public class Main { public static void main(String[] a){} }

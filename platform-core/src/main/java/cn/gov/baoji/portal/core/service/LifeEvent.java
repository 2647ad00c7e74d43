package cn.gov.baoji.portal.core.service;

/** A life event (生命事件, e.g. 生育收养) under which citizens look for services; kept by the city. */
public record LifeEvent(String code, String name) {
}

package test.hostile.services;

import test.hostile.core.ApiRequest;
import test.hostile.core.ResponseHandler;
import test.hostile.models.GetThingParams;
import test.hostile.models.Thing;

/** Requests and response handling of {@link ThingsService}. */
@SuppressWarnings("deprecation")
final class ThingsEndpoints {
  static final ResponseHandler<Thing> GET = ResponseHandler.json(Thing.class);

  private ThingsEndpoints() {}

  static ApiRequest get(GetThingParams params) {
    return ApiRequest.builder("GET", "/things/{thing-id}")
        .pathParam("thing-id", params.thingId())
        .query("class", params.class_())
        .build();
  }
}

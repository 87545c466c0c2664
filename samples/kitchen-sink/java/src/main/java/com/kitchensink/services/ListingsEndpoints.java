package com.kitchensink.services;

import com.fasterxml.jackson.core.type.TypeReference;
import com.kitchensink.core.ApiRequest;
import com.kitchensink.core.Paging;
import com.kitchensink.core.ResponseHandler;
import com.kitchensink.models.Contact;
import com.kitchensink.models.ListChargesParams;
import com.kitchensink.models.ListChargesResponse;
import com.kitchensink.models.ListContactsParams;
import com.kitchensink.models.ListNotesParams;
import com.kitchensink.models.ListNotesResponse;
import com.kitchensink.models.ListTagsParams;
import java.util.List;

/** Requests and response handling of {@link ListingsService}. */
@SuppressWarnings("deprecation")
final class ListingsEndpoints {
  static final ResponseHandler<List<Contact>> LIST_CONTACTS =
      ResponseHandler.json(new TypeReference<List<Contact>>() {});

  static final Paging<Contact> LIST_CONTACTS_PAGING =
      Paging.linkHeader(new TypeReference<List<Contact>>() {}, List.of())
          .pageSize("per_page", 100L);

  static final ResponseHandler<ListChargesResponse> LIST_CHARGES =
      ResponseHandler.json(ListChargesResponse.class);

  static final Paging<Contact> LIST_CHARGES_PAGING =
      Paging.lastItemCursor(
              new TypeReference<List<Contact>>() {},
              List.of("data"),
              "starting_after",
              List.of("id"),
              List.of("has_more"))
          .pageSize("limit", 100L);

  static final ResponseHandler<ListNotesResponse> LIST_NOTES =
      ResponseHandler.json(ListNotesResponse.class);

  static final Paging<Contact> LIST_NOTES_PAGING =
      Paging.cursor(
              new TypeReference<List<Contact>>() {},
              List.of("notes"),
              "page_token",
              List.of("next_page_token"),
              List.of())
          .pageSize("page_size", 100L);

  static final ResponseHandler<List<Contact>> LIST_TAGS =
      ResponseHandler.json(new TypeReference<List<Contact>>() {});

  static final Paging<Contact> LIST_TAGS_PAGING =
      Paging.pageNumber(new TypeReference<List<Contact>>() {}, List.of(), "page", "per_page")
          .pageSize("per_page", 100L);

  private ListingsEndpoints() {}

  static ApiRequest listContacts(ListContactsParams params) {
    return ApiRequest.builder("GET", "/listings/contacts")
        .query("per_page", params.perPage())
        .query("page", params.page())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }

  static ApiRequest listCharges(ListChargesParams params) {
    return ApiRequest.builder("GET", "/listings/charges")
        .query("limit", params.limit())
        .query("starting_after", params.startingAfter())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }

  static ApiRequest listNotes(ListNotesParams params) {
    return ApiRequest.builder("GET", "/listings/notes")
        .query("page_size", params.pageSize())
        .query("page_token", params.pageToken())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }

  static ApiRequest listTags(ListTagsParams params) {
    return ApiRequest.builder("GET", "/listings/tags")
        .query("per_page", params.perPage())
        .query("page", params.page())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }
}
